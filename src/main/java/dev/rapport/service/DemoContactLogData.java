package dev.rapport.service;

import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.Tier;
import dev.rapport.store.InteractionRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of sample contact log per account: visits, calls, e-mails, meals, gifts and the rest,
 * roughly as often as the tier asks; follow-ups (some overdue, some due today), complaints open
 * and resolved, and a few key accounts gone quiet, so every part of Today has something to show.
 */
final class DemoContactLogData {
    private static final InteractionChannel[] CHANNELS = {
        InteractionChannel.CALL, InteractionChannel.CALL, InteractionChannel.CALL, InteractionChannel.EMAIL,
        InteractionChannel.EMAIL, InteractionChannel.VISIT, InteractionChannel.VISIT, InteractionChannel.MESSAGE,
        InteractionChannel.MEAL, InteractionChannel.EVENT, InteractionChannel.GIFT, InteractionChannel.SERVICE_REQUEST,
        InteractionChannel.ORDER, InteractionChannel.OTHER};

    private final InteractionRepository log;
    private final Random random;

    DemoContactLogData(InteractionRepository log, long seed) {
        this.log = log;
        this.random = new Random(seed);
    }

    /** One sample account: its id, tier, whether its texts are Chinese, and its people. */
    record SampleAccount(long id, Tier tier, boolean chinese, List<Long> contactIds) {
    }

    /** Creates the interactions of these accounts; returns how many. */
    int generate(List<SampleAccount> accounts, LocalDate today, Map<Tier, Integer> cadence) {
        List<Interaction> batch = new ArrayList<>();
        int total = 0;
        int keyAccounts = 0;
        for (SampleAccount a : accounts) {
            boolean key = a.tier() == Tier.A;
            // every third key account has gone quiet: nobody called in well over its cadence
            boolean quiet = key && keyAccounts++ % 3 == 1;
            int days = cadence.get(a.tier());
            LocalDate last = quiet ? today.minusDays(days + 10 + random.nextInt(60))
                    : today.minusDays(random.nextInt(Math.max(1, days * 2 / 3)));
            int perYear = switch (a.tier()) {
                case A -> 18 + random.nextInt(10);
                case B -> 8 + random.nextInt(5);
                case C -> 3 + random.nextInt(4);
            };
            LocalDate day = last;
            for (int k = 0; k < perYear && day.isAfter(today.minusDays(365)); k++) {
                batch.add(interaction(a, day, today, k == 0, quiet));
                day = day.minusDays(1 + random.nextInt(Math.max(2, 730 / perYear)));
            }
            if (batch.size() >= 2000) {
                log.insertAll(batch);
                total += batch.size();
                batch.clear();
            }
        }
        log.insertAll(batch);
        return total + batch.size();
    }

    private Interaction interaction(SampleAccount a, LocalDate day, LocalDate today, boolean newest, boolean quiet) {
        InteractionChannel channel = random.nextInt(25) == 0 ? InteractionChannel.COMPLAINT
                : CHANNELS[random.nextInt(CHANNELS.length)];
        LocalDateTime at = day.atTime(8 + random.nextInt(11), random.nextInt(4) * 15);
        List<Long> people = new ArrayList<>();
        if (!a.contactIds().isEmpty()) {
            people.add(a.contactIds().get(random.nextInt(a.contactIds().size())));
            if (random.nextInt(4) == 0) {
                people.add(a.contactIds().get(random.nextInt(a.contactIds().size())));
            }
        }
        String[] text = text(channel, a.chinese());
        Sentiment sentiment = channel == InteractionChannel.COMPLAINT ? Sentiment.NEGATIVE
                : random.nextInt(5) == 0 ? Sentiment.NEUTRAL : random.nextInt(12) == 0 ? Sentiment.NEGATIVE
                : Sentiment.POSITIVE;
        BigDecimal cost = switch (channel) {
            case MEAL -> BigDecimal.valueOf(200 + random.nextInt(1200));
            case GIFT -> BigDecimal.valueOf(100 + random.nextInt(900));
            case EVENT -> BigDecimal.valueOf(500 + random.nextInt(3000));
            default -> null;
        };
        Interaction i = new Interaction(null, at, a.id(), people, channel, text[0], text[1], text[2], sentiment, cost,
                null, "", false, null, "", null, null, null, 0L);
        if (random.nextInt(4) == 0 || (newest && !quiet && random.nextInt(3) == 0)) {
            LocalDate due = day.plusDays(2 + random.nextInt(12));
            // older follow-ups were mostly done; recent ones are due, overdue or still ahead
            boolean done = due.isBefore(today.minusDays(30))
                    || due.isBefore(today.minusDays(3)) && random.nextInt(3) != 0;
            i = i.withFollowUp(due, text[3]).withFollowUpDone(done);
        }
        if (channel == InteractionChannel.COMPLAINT) {
            LocalDate resolved = day.plusDays(1 + random.nextInt(20));
            // complaints older than six weeks were all resolved; a recent one may still be open
            if (day.isBefore(today.minusDays(42)) || resolved.isBefore(today.minusDays(5)) && random.nextInt(4) != 0) {
                resolved = resolved.isAfter(today) ? today : resolved;
                i = i.withComplaint(ComplaintStatus.RESOLVED, a.chinese() ? "已补发并致歉，客户接受" : "Replacement sent, customer satisfied",
                        resolved);
            } else {
                i = i.withComplaint(random.nextBoolean() ? ComplaintStatus.OPEN : ComplaintStatus.IN_PROGRESS, "", null);
            }
        }
        return i;
    }

    /** Subject, notes, outcome and a follow-up for the channel, in the account's language. */
    private String[] text(InteractionChannel channel, boolean chinese) {
        String[][] options = chinese ? switch (channel) {
            case VISIT -> new String[][] {{"拜访采购部", "参观新产线，讨论明年的采购计划", "对方有意扩大订单", "发送产品资料"},
                {"季度业务回顾", "回顾本季度交付和服务情况", "满意度较高", "整理会议纪要"}};
            case CALL -> new String[][] {{"电话回访", "询问近期使用情况，对方提到交期偏紧", "答应协调物流", "确认发货日期"},
                {"报价沟通", "讨论框架协议价格，对方希望再降 3%", "需内部审批", "发送修订报价"}};
            case EMAIL -> new String[][] {{"发送报价单", "按要求发送了新版报价和技术参数", "等待回复", "电话跟进报价"}};
            case MESSAGE -> new String[][] {{"微信问候", "节日问候，顺便确认下周会面时间", "对方确认时间", "准备会议材料"}};
            case MEAL -> new String[][] {{"商务午餐", "与总经理共进午餐，聊到孩子升学", "关系更近了一步", "寄送答应的资料"}};
            case EVENT -> new String[][] {{"客户答谢会", "邀请参加年度客户答谢会", "到场并交流积极", "发送活动照片"}};
            case GIFT -> new String[][] {{"节日礼品", "中秋节送月饼和茶叶", "对方表示感谢", "记录礼品偏好"}};
            case SERVICE_REQUEST -> new String[][] {{"设备维修请求", "产线设备报警，申请上门服务", "已安排工程师", "回访维修结果"}};
            case COMPLAINT -> new String[][] {{"交货延误投诉", "上批货物晚到五天，影响生产", "答应调查原因", "反馈调查结果"},
                {"质量问题投诉", "部分零件尺寸超差", "已安排退换", "确认退换完成"}};
            case ORDER -> new String[][] {{"新订单", "收到季度订单，金额较上季度增加", "已确认", "确认付款"}};
            case OTHER -> new String[][] {{"其他沟通", "转交了行业展会的邀请函", "对方会考虑", "确认是否参展"}};
        } : switch (channel) {
            case VISIT -> new String[][] {{"Site visit", "Toured the new line and discussed next year's purchasing plan",
                "They may increase volume", "Send product brochures"},
                {"Quarterly business review", "Reviewed deliveries and service this quarter", "High satisfaction",
                    "Circulate the minutes"}};
            case CALL -> new String[][] {{"Check-in call", "Asked how things are going; lead times are tight",
                "Promised to talk to logistics", "Confirm the delivery date"},
                {"Pricing call", "Discussed the framework price; they want another 3% off", "Needs internal approval",
                    "Send a revised quote"}};
            case EMAIL -> new String[][] {{"Quote sent", "Sent the new quote and technical data as requested",
                "Waiting for an answer", "Call about the quote"}};
            case MESSAGE -> new String[][] {{"Quick message", "Season's greetings, and confirmed next week's meeting",
                "Meeting confirmed", "Prepare the meeting"}};
            case MEAL -> new String[][] {{"Business lunch", "Lunch with the managing director; talked about her garden",
                "Closer relationship", "Send the promised article"}};
            case EVENT -> new String[][] {{"Customer evening", "Invited to our annual customer evening",
                "Came and enjoyed it", "Send the photos"}};
            case GIFT -> new String[][] {{"Holiday gift", "Sent flower seeds and fertiliser for the garden",
                "Thanked us warmly", "Note what they liked"}};
            case SERVICE_REQUEST -> new String[][] {{"Service request", "Machine alarm on line 2; asked for a technician",
                "Engineer booked", "Check the repair worked"}};
            case COMPLAINT -> new String[][] {{"Late delivery complaint", "Last shipment arrived five days late",
                "Promised to find out why", "Report what we found"},
                {"Quality complaint", "Some parts out of tolerance", "Replacement arranged", "Confirm the replacement"}};
            case ORDER -> new String[][] {{"New order", "Quarterly order received, larger than last quarter",
                "Confirmed", "Confirm payment"}};
            case OTHER -> new String[][] {{"Other", "Passed on the trade fair invitation", "They will consider it",
                "Ask whether they exhibit"}};
        };
        return options[random.nextInt(options.length)];
    }
}
