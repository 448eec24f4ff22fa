package org.opendoors.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PasswordSetupTokenRepository extends JpaRepository<PasswordSetupToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordSetupToken> findByTokenHash(String tokenHash);

    /** The same without a lock, for read-only checks. */
    Optional<PasswordSetupToken> readByTokenHash(String tokenHash);

    java.util.List<PasswordSetupToken> findByUserAccountIdAndUsedAtIsNull(long userAccountId);
}
