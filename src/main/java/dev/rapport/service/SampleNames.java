package dev.rapport.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Word lists for sample data that looks like a real rep's portfolio, in Chinese and Latin script. */
final class SampleNames {
    private static final String[] CN_CITIES = {"上海", "北京", "深圳", "杭州", "苏州", "广州", "成都", "台北", "南京", "武汉"};
    private static final String[] CN_CORES = {"华东精密", "新航", "瑞丰", "远景", "宏达", "金桥", "天合", "众诚", "鼎盛",
        "恒通", "博远", "星辰", "德润", "嘉禾", "海川", "永安", "中科", "联创", "长青", "东方明珠"};
    private static final String[] CN_KINDS = {"机械有限公司", "科技有限公司", "贸易有限公司", "医疗器械有限公司",
        "食品集团", "物流有限公司", "电子股份有限公司", "化工有限公司"};
    private static final String[] EN_CORES = {"Northwind", "Contoso", "Fabrikam", "Bluebird", "Harbor", "Summit",
        "Alpine", "Redwood", "Meridian", "Crescent", "Evergreen", "Lakeside", "Granite", "Beacon", "Silverline",
        "Oakridge", "Pioneer", "Riverstone", "Westbrook", "Keystone"};
    private static final String[] EN_KINDS = {"Traders", "Logistics", "Foods", "Medical", "Industries", "Systems",
        "Retail Group", "Engineering", "Pharma", "Components"};
    private static final String[] CN_INDUSTRIES = {"制造业", "医疗", "零售", "物流", "食品饮料", "电子", "化工", "政府"};
    private static final String[] EN_INDUSTRIES = {"Manufacturing", "Healthcare", "Retail", "Logistics",
        "Food & Beverage", "Electronics", "Chemicals", "Public sector"};
    private static final String[] CN_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "林", "何", "高", "罗"};
    private static final String[] CN_GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀英", "晓东", "志强", "海燕", "建华", "丽华", "文博"};
    private static final String[] EN_FIRST = {"James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David",
        "Elizabeth", "Anna", "Thomas", "Sarah", "Daniel", "Laura", "Peter", "Sophie", "Lukas", "Emma", "Oliver",
        "Chloé", "José"};
    private static final String[] EN_LAST = {"Smith", "Johnson", "Müller", "Brown", "García", "Miller", "Davis",
        "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Jackson", "White", "Martin", "Dubois", "Rossi",
        "Novak", "Clarke", "O'Brien"};
    private static final String[] CN_TITLES = {"采购经理", "总经理", "技术总监", "财务总监", "运营主管", "副总裁", "采购专员"};
    private static final String[] EN_TITLES = {"Purchasing Manager", "Managing Director", "Head of Engineering",
        "CFO", "Operations Lead", "VP Sales", "Buyer"};
    private static final String[] CN_DEPTS = {"采购部", "总经办", "技术部", "财务部", "运营部"};
    private static final String[] EN_DEPTS = {"Purchasing", "Management", "Engineering", "Finance", "Operations"};
    private static final String[] CN_INTERESTS = {"喜欢花卉园艺", "爱喝普洱茶", "不喝酒", "喜欢钓鱼", "书法爱好者",
        "孩子在学钢琴", "喜欢打羽毛球"};
    private static final String[] EN_INTERESTS = {"Loves flowers and gardening", "No alcohol", "Marathon runner",
        "Collects fountain pens", "Keen golfer", "Likes green tea", "Follows football"};
    private static final String[] CN_TAGS = {"战略", "重点", "长期合作", "华东", "华南", "新客户"};
    private static final String[] EN_TAGS = {"strategic", "export", "framework contract", "EMEA", "APAC", "new"};
    private static final String[] CN_OWNERS = {"李明", "陈静"};
    private static final String[] EN_OWNERS = {"Alex Morgan", "Sam Lee"};
    private static final String[] EN_STREETS = {"Harbour Road", "Main Street", "Kingsway", "Park Avenue", "Mill Lane"};
    private static final String[] CN_STREETS = {"南京西路", "中山路", "建国路", "人民大道", "科技园路"};

    private final Random random;

    SampleNames(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A company name not handed out before: a portfolio with two "Harbor Engineering"s confuses. */
    String company(boolean chinese, int i) {
        for (int attempt = 0; attempt < 30; attempt++) {
            String name = chinese ? pick(CN_CITIES) + pick(CN_CORES) + pick(CN_KINDS)
                    : pick(EN_CORES) + " " + pick(EN_KINDS);
            if (companies.add(name)) {
                return name;
            }
        }
        String numbered = (chinese ? pick(CN_CITIES) + pick(CN_CORES) + pick(CN_KINDS)
                : pick(EN_CORES) + " " + pick(EN_KINDS)) + " " + (i + 1);
        companies.add(numbered);
        return numbered;
    }

    private final java.util.Set<String> companies = new java.util.HashSet<>();

    String industry(boolean chinese) {
        return pick(chinese ? CN_INDUSTRIES : EN_INDUSTRIES);
    }

    String address(boolean chinese) {
        int no = 1 + random.nextInt(899);
        return chinese ? pick(CN_CITIES) + "市" + pick(CN_STREETS) + no + "号" : no + " " + pick(EN_STREETS);
    }

    String phone(boolean chinese) {
        return chinese ? "+86 21 " + (5000_0000 + random.nextInt(4000_0000))
                : "+1 415 555 " + String.format("%04d", random.nextInt(10000));
    }

    String mobile(boolean chinese) {
        return chinese ? "+86 13" + random.nextInt(10) + " " + (1000_0000 + random.nextInt(8999_9999))
                : "+44 7700 " + String.format("%06d", random.nextInt(1_000_000));
    }

    String website(String company, int i) {
        return "https://www.example-" + i + ".com";
    }

    String email(String person, int i) {
        String local = person.chars().allMatch(c -> c < 128)
                ? person.toLowerCase().replaceAll("[^a-z]+", ".")
                : "contact" + i;
        return local + "@example-" + (i % 997) + ".com";
    }

    String owner(boolean chinese) {
        return pick(chinese ? CN_OWNERS : EN_OWNERS);
    }

    List<String> tags(boolean chinese) {
        List<String> tags = new ArrayList<>();
        int count = random.nextInt(3);
        for (int k = 0; k < count; k++) {
            tags.add(pick(chinese ? CN_TAGS : EN_TAGS));
        }
        return tags;
    }

    String accountNote(boolean chinese) {
        return chinese ? "年度框架协议每年三月续签。" : "Framework agreement renews every March.";
    }

    String person(boolean chinese) {
        return chinese ? pick(CN_SURNAMES) + pick(CN_GIVEN) : pick(EN_FIRST) + " " + pick(EN_LAST);
    }

    String title(boolean chinese) {
        return pick(chinese ? CN_TITLES : EN_TITLES);
    }

    String department(boolean chinese) {
        return pick(chinese ? CN_DEPTS : EN_DEPTS);
    }

    String interests(boolean chinese) {
        return pick(chinese ? CN_INTERESTS : EN_INTERESTS);
    }
}
