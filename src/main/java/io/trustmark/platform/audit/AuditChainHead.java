package io.trustmark.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest link of the audit chain; one row, locked by each append (see {@link AuditLog#record}). */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private long position;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    @Column(name = "unchained_rows", nullable = false)
    private long unchainedRows;

    protected AuditChainHead() {
        // for JPA
    }

    void advance(long newPosition, String newHash) {
        position = newPosition;
        lastHash = newHash;
    }

    public long getPosition() {
        return position;
    }

    public String getLastHash() {
        return lastHash;
    }

    public long getUnchainedRows() {
        return unchainedRows;
    }
}
