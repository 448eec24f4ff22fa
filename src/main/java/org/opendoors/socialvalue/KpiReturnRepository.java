package org.opendoors.socialvalue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiReturnRepository extends JpaRepository<KpiReturn, Long> {

    Optional<KpiReturn> findByPeriodId(long periodId);

    /** With each return's lines in the same statement. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "lines")
    List<KpiReturn> findByContractId(long contractId);

    @org.springframework.data.jpa.repository.Query("select r.grade, count(r) from KpiReturn r where r.grade is not null group by r.grade order by r.grade")
    List<Object[]> countByGrade();

    /** Contracts counted by the grade of their latest graded period (grade null: none graded yet). */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select latest.grade, count(*) from contract c left join (
                select r.contract_id, r.grade from kpi_return r join reporting_period p on p.id = r.period_id
                where r.grade is not null and p.number = (
                    select max(p2.number) from kpi_return r2 join reporting_period p2 on p2.id = r2.period_id
                    where r2.contract_id = r.contract_id and r2.grade is not null)
            ) latest on latest.contract_id = c.id
            group by latest.grade order by latest.grade""")
    List<Object[]> contractsByLatestGrade();

    /** Actuals reported so far on ringfenced measures, by measure. */
    @org.springframework.data.jpa.repository.Query("""
            select m.code, m.name, m.unit, coalesce(sum(l.actual), 0) from ReturnLine l, ContractKpi k, Measure m
            where l.kpiId = k.id and k.measure = m and m.ringfenced = true and l.kpiReturn.status in
                (org.opendoors.socialvalue.ReturnStatus.SUBMITTED, org.opendoors.socialvalue.ReturnStatus.ACCEPTED)
            group by m.code, m.name, m.unit order by m.code""")
    List<Object[]> ringfencedTotals();
}
