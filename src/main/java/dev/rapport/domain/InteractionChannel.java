package dev.rapport.domain;

/** How a touch point with an account happened (接触渠道). Complaints are tracked to resolution. */
public enum InteractionChannel {
    VISIT, CALL, EMAIL, MESSAGE, MEAL, EVENT, GIFT, SERVICE_REQUEST, COMPLAINT, ORDER, OTHER
}
