package org.opendoors.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opendoors.base.AbstractEntity;

/**
 * A one-time "set your password" link for an invited colleague. Not audited: it holds a credential's hash,
 * and the account it belongs to is audited.
 */
@Entity
@Table(name = "password_setup_token")
class PasswordSetupToken extends AbstractEntity {

    @Column(name = "user_account_id", nullable = false)
    private long userAccountId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordSetupToken() {
    }

    PasswordSetupToken(long userAccountId, String tokenHash, Instant expiresAt) {
        this.userAccountId = userAccountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    long getUserAccountId() {
        return userAccountId;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return now.isAfter(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }
}
