package org.opendoors.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    @Query("select new org.opendoors.security.SessionState(u.enabled, u.sessionsValidFrom)"
            + " from UserAccount u where u.id = :id")
    Optional<SessionState> findSessionState(long id);

    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
    boolean existsWithRole(Role role);

    java.util.List<UserAccount> findByOrganisationIdAndEnabledTrue(Long organisationId);

    java.util.List<UserAccount> findByOrganisationId(Long organisationId);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    java.util.List<UserAccount> findActiveWithRole(Role role);

    /** A slice: the user list's grid asks for no count. */
    @Query("select u from UserAccount u where u.email like :text or u.displayName like :text")
    Slice<UserAccount> search(String text, Pageable pageable);

    @Query("select u from UserAccount u where (u.email like :text or u.displayName like :text) and u.id > :afterId and u.id <= :upToId order by u.id")
    java.util.List<UserAccount> searchBetween(String text, long afterId, long upToId);
}
