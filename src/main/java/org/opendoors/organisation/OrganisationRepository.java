package org.opendoors.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opendoors.base.IdAndName;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where o.mergedInto is null and o.name like concat(:prefix, '%')")
    Page<Organisation> findActiveByNamePrefix(String prefix, Pageable pageable);

    Optional<Organisation> findFirstByNameAndMergedIntoIsNull(String name);

    Optional<Organisation> findFirstByCompaniesHouseNumberAndMergedIntoIsNull(String companiesHouseNumber);

    /** Organisations that may be the same as a new one: same Companies House number, domain, or a name word. */
    @Query("""
            select o from Organisation o
            where o.mergedInto is null
              and ((:companiesHouseNumber is not null and o.companiesHouseNumber = :companiesHouseNumber)
                or (:emailDomain is not null and o.emailDomain = :emailDomain)
                or o.name like concat('%', :nameWord, '%'))""")
    List<Organisation> findPossibleDuplicates(String companiesHouseNumber, String emailDomain, String nameWord,
                                              Pageable pageable);

    @Query("select distinct o.sector from Organisation o where o.sector is not null and o.mergedInto is null order by o.sector")
    List<String> sectors();

    List<Organisation> findByMergedInto(long organisationId);

    List<Organisation> findByPossibleDuplicateOf(long organisationId);

    @Query("select new org.opendoors.base.IdAndName(o.id, o.name) from Organisation o where o.id in :ids")
    List<IdAndName> namesOf(Collection<Long> ids);
}
