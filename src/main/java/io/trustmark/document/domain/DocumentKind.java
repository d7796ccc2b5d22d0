package io.trustmark.document.domain;

/** What a stored image shows. */
public enum DocumentKind {
    ID_CARD_FRONT
}
