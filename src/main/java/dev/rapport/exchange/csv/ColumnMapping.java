package dev.rapport.exchange.csv;

import dev.rapport.domain.DateOrder;
import dev.rapport.exchange.ImportField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which field each column of a CSV holds. Guessed from the header (Rapport's own export,
 * Outlook's and Google Contacts' CSV, common Chinese headers); the user can change any column
 * in the preview.
 */
public final class ColumnMapping {
    private static final Map<String, ImportField> ALIASES = new HashMap<>();
    private static final Pattern GOOGLE_VALUE = Pattern.compile("(phone|e-mail|email) \\d+ - value");
    private static final Pattern GOOGLE_LABEL = Pattern.compile("(phone|e-mail|email) (\\d+) - (label|type)");

    static {
        alias(ImportField.ACCOUNT, "account", "company", "organization", "organisation", "organization name",
                "organization 1 - name", "公司", "公司名称", "公司名稱", "单位", "單位", "客户", "客戶", "客户名称",
                "客戶名稱", "机构", "機構");
        alias(ImportField.PARTY_TYPE, "party type", "类型", "類型");
        alias(ImportField.TIER, "tier", "分层", "分層", "等级", "等級");
        alias(ImportField.STAGE, "stage", "lifecycle stage", "阶段", "階段");
        alias(ImportField.LEVEL, "relationship level", "level", "关系层次", "關係層次");
        alias(ImportField.RELATIONSHIP_TYPE, "relationship type", "关系类型", "關係類型");
        alias(ImportField.INDUSTRY, "industry", "行业", "行業");
        alias(ImportField.ACCOUNT_ADDRESS, "account address", "company address");
        alias(ImportField.ACCOUNT_PHONE, "account phone", "company main phone", "company phone");
        alias(ImportField.WEBSITE, "website", "web page", "web site", "网站", "網站", "网址", "網址");
        alias(ImportField.ANNUAL_REVENUE, "annual revenue", "revenue", "年收入", "营收", "營收");
        alias(ImportField.GROSS_MARGIN, "gross margin %", "gross margin", "毛利率");
        alias(ImportField.SHARE_OF_WALLET, "share of wallet %", "share of wallet", "顾客份额", "顧客份額");
        alias(ImportField.SATISFACTION, "satisfaction", "满意度", "滿意度");
        alias(ImportField.OWNER, "owner", "负责人", "負責人");
        alias(ImportField.TAGS, "tags", "标签", "標籤");
        alias(ImportField.ACCOUNT_NOTES, "account notes");
        alias(ImportField.NAME, "name", "full name", "display name", "contact", "contact name", "姓名", "名字",
                "联系人", "聯絡人", "聯繫人");
        alias(ImportField.FIRST_NAME, "first name", "given name", "名");
        alias(ImportField.MIDDLE_NAME, "middle name", "additional name");
        alias(ImportField.LAST_NAME, "last name", "family name", "surname", "姓");
        alias(ImportField.TITLE, "job title", "organization title", "organization 1 - title", "position", "职位",
                "職位", "职务", "職務", "职称", "職稱");
        alias(ImportField.DEPARTMENT, "department", "organization department", "organization 1 - department", "部门",
                "部門");
        alias(ImportField.BUYING_ROLE, "buying role", "role", "角色");
        alias(ImportField.PHONE_WORK, "work phone", "business phone", "business phone 2", "phone", "telephone",
                "电话", "電話", "办公电话", "辦公電話");
        alias(ImportField.PHONE_MOBILE, "mobile phone", "mobile", "cell phone", "手机", "手機", "移动电话", "行動電話");
        alias(ImportField.PHONE_HOME, "home phone", "home phone 2");
        alias(ImportField.PHONE_OTHER, "other phone", "primary phone", "car phone");
        alias(ImportField.EMAIL_WORK, "work e-mail", "e-mail", "email", "e-mail address", "email address", "邮箱",
                "郵箱", "电子邮件", "電子郵件", "电子邮箱", "電子信箱");
        alias(ImportField.EMAIL_HOME, "home e-mail");
        alias(ImportField.EMAIL_OTHER, "other e-mail", "e-mail 2 address", "e-mail 3 address");
        alias(ImportField.ADDRESS, "address", "address 1 - formatted", "business address", "地址", "联系地址", "聯絡地址");
        alias(ImportField.STREET, "business street", "address 1 - street");
        alias(ImportField.CITY, "business city", "address 1 - city");
        alias(ImportField.REGION, "business state", "address 1 - region");
        alias(ImportField.POSTCODE, "business postal code", "address 1 - postal code");
        alias(ImportField.COUNTRY, "business country/region", "address 1 - country");
        alias(ImportField.PREFERRED_CHANNEL, "preferred channel", "首选渠道", "首選管道");
        alias(ImportField.BIRTHDAY, "birthday", "date of birth", "birth date", "生日", "出生日期");
        alias(ImportField.INTERESTS, "interests", "hobbies", "兴趣", "興趣", "爱好", "愛好");
        alias(ImportField.NOTES, "notes", "note", "备注", "備註", "備注");
        alias(ImportField.LEFT_ACCOUNT, "left account", "已离开", "已離開");
        alias(ImportField.LEFT_ON, "left on", "离开日期", "離開日期");
    }

    private static void alias(ImportField field, String... headers) {
        for (String h : headers) {
            ALIASES.put(fold(h), field);
        }
    }

    private final List<String> header;
    private final List<ImportField> fields;
    private final Map<Integer, Integer> labelColumns;
    private DateOrder dateOrder = DateOrder.AUTO;

    private ColumnMapping(List<String> header, List<ImportField> fields, Map<Integer, Integer> labelColumns) {
        this.header = List.copyOf(header);
        this.fields = new ArrayList<>(fields);
        this.labelColumns = labelColumns;
    }

    /** The mapping Rapport guesses from the header row. */
    public static ColumnMapping guess(List<String> header) {
        List<ImportField> fields = new ArrayList<>();
        Map<Integer, Integer> labels = new HashMap<>();
        Map<String, Integer> labelByNumber = new HashMap<>();
        boolean outlook = header.stream().anyMatch(h -> fold(h).equals("job title"));
        for (int i = 0; i < header.size(); i++) {
            Matcher label = GOOGLE_LABEL.matcher(fold(header.get(i)));
            if (label.matches()) {
                labelByNumber.put(label.group(1).replace("-", "") + label.group(2), i);
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String h = fold(header.get(i));
            ImportField f = ALIASES.getOrDefault(h, ImportField.IGNORE);
            if (outlook && h.equals("title")) {
                // Outlook's "Title" is Mr./Ms.; the job is in "Job Title"
                f = ImportField.IGNORE;
            } else if (!outlook && h.equals("title")) {
                f = ImportField.TITLE;
            }
            if (GOOGLE_VALUE.matcher(h).matches()) {
                boolean phone = h.startsWith("phone");
                f = phone ? ImportField.PHONE_LABELLED : ImportField.EMAIL_LABELLED;
                String key = (phone ? "phone" : "email") + h.replaceAll("\\D", "");
                Integer labelColumn = labelByNumber.get(key);
                if (labelColumn != null) {
                    labels.put(i, labelColumn);
                }
            }
            if (!f.repeatable() && fields.contains(f)) {
                f = ImportField.IGNORE;
            }
            fields.add(f);
        }
        return new ColumnMapping(header, fields, labels);
    }

    private static String fold(String header) {
        String h = header == null ? "" : header.strip();
        if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public List<String> header() {
        return header;
    }

    public int size() {
        return fields.size();
    }

    public ImportField field(int column) {
        return column < fields.size() ? fields.get(column) : ImportField.IGNORE;
    }

    /** Lets the user choose what a column holds; a single-valued field moves from its old column. */
    public void set(int column, ImportField field) {
        if (!field.repeatable()) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) == field) {
                    fields.set(i, ImportField.IGNORE);
                }
            }
        }
        fields.set(column, field);
    }

    /** The column holding the kind of a labelled phone or e-mail column, or -1. */
    public int labelColumnOf(int column) {
        return labelColumns.getOrDefault(column, -1);
    }

    /** How day/month/year dates are read: AUTO (found from the file) unless the user chose. */
    public DateOrder dateOrder() {
        return dateOrder;
    }

    public void setDateOrder(DateOrder order) {
        this.dateOrder = order == null ? DateOrder.AUTO : order;
    }

    /** Whether the mapping says who or which account a row is about. */
    public boolean namesSomething() {
        return fields.contains(ImportField.NAME) || fields.contains(ImportField.FIRST_NAME)
                || fields.contains(ImportField.LAST_NAME) || fields.contains(ImportField.ACCOUNT);
    }

    public List<ImportField> fields() {
        return List.copyOf(fields);
    }
}
