package dev.rapport.domain;

/** Why an account stopped buying: the seeds' exit categories (价格/产品/技术/政治退出者) and the usual others. */
public enum ExitReason {
    PRICE, PRODUCT, TECHNOLOGY, POLITICAL, SERVICE_QUALITY, COMPETITOR_OFFER, REP_LEFT, RELOCATED_OR_CLOSED, OTHER
}
