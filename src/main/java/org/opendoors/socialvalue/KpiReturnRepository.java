package org.opendoors.socialvalue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiReturnRepository extends JpaRepository<KpiReturn, Long> {

    Optional<KpiReturn> findByPeriodId(long periodId);

    List<KpiReturn> findByContractId(long contractId);

    @org.springframework.data.jpa.repository.Query("select r.grade, count(r) from KpiReturn r where r.grade is not null group by r.grade order by r.grade")
    List<Object[]> countByGrade();

    /** Actuals reported so far on ringfenced measures, by measure. */
    @org.springframework.data.jpa.repository.Query("""
            select m.code, m.name, m.unit, coalesce(sum(l.actual), 0) from ReturnLine l, ContractKpi k, Measure m
            where l.kpiId = k.id and k.measure = m and m.ringfenced = true and l.kpiReturn.status in
                (org.opendoors.socialvalue.ReturnStatus.SUBMITTED, org.opendoors.socialvalue.ReturnStatus.ACCEPTED)
            group by m.code, m.name, m.unit order by m.code""")
    List<Object[]> ringfencedTotals();
}
