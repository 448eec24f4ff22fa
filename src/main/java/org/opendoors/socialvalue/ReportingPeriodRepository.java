package org.opendoors.socialvalue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    /** Periods whose return is due by the horizon and has not been submitted (no return, a draft, or queried). */
    @Query("""
            select p from ReportingPeriod p
            where p.dueOn <= :horizon and not exists (
                select r from KpiReturn r where r.periodId = p.id
                  and r.status in (org.opendoors.socialvalue.ReturnStatus.SUBMITTED, org.opendoors.socialvalue.ReturnStatus.ACCEPTED))""")
    List<ReportingPeriod> unsubmittedDueBy(LocalDate horizon);

    @Query("""
            select count(p) from ReportingPeriod p
            where p.dueOn < :today and not exists (
                select r from KpiReturn r where r.periodId = p.id
                  and r.status in (org.opendoors.socialvalue.ReturnStatus.SUBMITTED, org.opendoors.socialvalue.ReturnStatus.ACCEPTED))""")
    long countOverdue(LocalDate today);

    /** The oldest overdue returns first, with their contract's reference and title. */
    @Query("""
            select new org.opendoors.socialvalue.OverdueReturn(c.id, c.reference, c.title, p.number, p.dueOn)
            from ReportingPeriod p join p.contract c
            where p.dueOn < :today and not exists (
                select r from KpiReturn r where r.periodId = p.id
                  and r.status in (org.opendoors.socialvalue.ReturnStatus.SUBMITTED, org.opendoors.socialvalue.ReturnStatus.ACCEPTED))
            order by p.dueOn, c.reference""")
    List<OverdueReturn> overdue(LocalDate today, org.springframework.data.domain.Pageable pageable);
}
