package dev.rapport.domain;

/** Kotler's five relationship types, from basic to partnership. */
public enum RelationshipType {
    BASIC, REACTIVE, ACCOUNTABLE, PROACTIVE, PARTNERSHIP
}
