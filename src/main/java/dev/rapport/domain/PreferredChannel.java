package dev.rapport.domain;

/** How a person likes to be reached. */
public enum PreferredChannel {
    PHONE, EMAIL, MESSAGE, VISIT, POST
}
