package org.opendoors.socialvalue;

import org.opendoors.privacy.PersonalDataCheck;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opendoors.base.FieldValidationException;
import org.opendoors.brokerage.PlacementService;
import org.opendoors.offer.OfferService;
import org.opendoors.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers' returns: actuals beside what Open Doors recorded (placements, deliveries, hires), a narrative
 * and evidence, filled in by the supplier's named reporters; the officer queries or accepts and grades them.
 * Reminders before a return is due and when it is overdue, each once.
 */
@Service
public class ReturnService {

    static final int DUE_SOON_DAYS = 7;

    private final KpiReturnRepository returns;
    private final EvidenceFileRepository evidence;
    private final ReportingPeriodRepository periods;
    private final ContractService contracts;
    private final ContractProgressService progress;
    private final PlacementService placements;
    private final OfferService offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnService(KpiReturnRepository returns, EvidenceFileRepository evidence, ReportingPeriodRepository periods,
                  ContractService contracts, ContractProgressService progress, PlacementService placements,
                  OfferService offers, ApplicationEventPublisher events, Clock clock) {
        this.returns = returns;
        this.evidence = evidence;
        this.periods = periods;
        this.contracts = contracts;
        this.progress = progress;
        this.placements = placements;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A period's return for its page, in one read that writes nothing: what is saved, or (before a reporter starts
     * it) an empty draft; a draft's lines carry what Open Doors recorded for the supplier in the period.
     */
    @Transactional(readOnly = true)
    public ReturnPage page(long contractId, int periodNumber) {
        Contract contract = contracts.find(contractId);
        ReportingPeriod period = periodOf(contract, periodNumber);
        KpiReturn saved = returns.findByPeriodId(period.getId()).orElse(null);
        ReturnStatus status = saved == null ? ReturnStatus.DRAFT : saved.getStatus();
        List<ReturnPage.Line> lines = contract.getKpis().stream().map(kpi -> {
            ReturnLine line = saved == null ? null : saved.getLines().stream()
                    .filter(l -> l.getKpiId() == kpi.getId()).findFirst().orElse(null);
            BigDecimal actual = line == null ? null : line.getActual();
            BigDecimal recorded = status == ReturnStatus.DRAFT ? recorded(kpi.getMeasure().getSource(), contract, period)
                    : line == null ? null : line.getRecorded();
            return new ReturnPage.Line(kpi.getId(), kpi.getMeasure().label(), kpi.targetFor(periodNumber),
                    actual == null && status == ReturnStatus.DRAFT ? recorded : actual, recorded,
                    line == null ? null : line.getDifferenceReason());
        }).toList();
        boolean officer = contracts.isProcurement();
        return new ReturnPage(contract.getReference(), contract.getTitle(), periodNumber, status,
                saved == null ? null : saved.getVersion(), contracts.canReport(contract), officer, lines,
                saved == null ? null : saved.getNarrative(), saved == null ? null : saved.getQueryComment(),
                saved == null ? null : saved.getQueryAnswer(), saved == null ? null : saved.getGrade(),
                saved == null ? null : saved.getGradeExplanation(),
                saved == null ? List.of() : evidence.summaries(saved.getId()),
                officer && status == ReturnStatus.SUBMITTED ? progress.suggestedGrade(contractId, periodNumber) : null);
    }

    /**
     * Starts the return for a period, or brings a draft's records up to date: each line shows what Open Doors
     * recorded for the supplier in the period (tagged to this contract or to none), and an empty actual takes it.
     */
    @Transactional
    public KpiReturn open(long contractId, int periodNumber) {
        return open(contracts.find(contractId), periodNumber);
    }

    private KpiReturn open(Contract contract, int periodNumber) {
        long contractId = contract.getId();
        ReportingPeriod period = periodOf(contract, periodNumber);
        KpiReturn kpiReturn = returns.findByPeriodId(period.getId()).orElseGet(() -> returns.save(new KpiReturn(period.getId(), contractId)));
        if (kpiReturn.getStatus() == ReturnStatus.DRAFT) {
            for (ContractKpi kpi : contract.getKpis()) {
                ReturnLine line = kpiReturn.lineFor(kpi);
                BigDecimal recorded = recorded(kpi.getMeasure().getSource(), contract, period);
                line.report(line.getActual() == null ? recorded : line.getActual(), recorded, line.getDifferenceReason());
            }
        }
        kpiReturn.getLines().size();
        return returns.saveAndFlush(kpiReturn);
    }

    /**
     * Saves what the supplier typed, starting the return if this is its first save ({@code expectedVersion} null);
     * a figure that differs from Open Doors' record needs a reason. After a query, the entry's answer is the
     * supplier's answer to it.
     */
    @Transactional
    public KpiReturn save(long contractId, int periodNumber, Long expectedVersion, ReturnEntry entry) {
        KpiReturn kpiReturn = editable(contractId, periodNumber, expectedVersion);
        for (ReturnLine line : kpiReturn.getLines()) {
            BigDecimal actual = entry.actuals().get(line.getKpiId());
            if (actual != null && actual.signum() < 0) {
                throw new FieldValidationException("actual-" + line.getKpiId(), "Enter zero or more");
            }
            String reason = checkedText(entry.reasons().get(line.getKpiId()), ReturnLine.REASON_MAX_LENGTH, "reason-" + line.getKpiId());
            boolean differs = actual != null && line.getRecorded() != null && actual.compareTo(line.getRecorded()) != 0;
            if (differs && reason == null) {
                throw new FieldValidationException("reason-" + line.getKpiId(), "Say why your figure differs from the "
                        + line.getRecorded().stripTrailingZeros().toPlainString() + " recorded in Open Doors");
            }
            line.report(actual, line.getRecorded(), differs ? reason : null);
        }
        kpiReturn.setNarrative(checkedText(entry.narrative(), KpiReturn.NARRATIVE_MAX_LENGTH, "narrative"));
        if (kpiReturn.getStatus() == ReturnStatus.QUERIED) {
            kpiReturn.setQueryAnswer(checkedText(entry.queryAnswer(), KpiReturn.TEXT_MAX_LENGTH, "queryAnswer"));
        }
        return returns.saveAndFlush(kpiReturn);
    }

    /** Attaches evidence: PDF, JPEG or PNG by content, at most 5 MB. */
    @Transactional
    public EvidenceSummary addEvidence(long contractId, int periodNumber, String filename, byte[] content) {
        KpiReturn kpiReturn = openForReporter(contractId, periodNumber);
        kpiReturn.requireEditable();
        String type = EvidenceTypes.check(filename, content);
        String safeName = filename == null ? "evidence" : filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        EvidenceFile saved = evidence.save(new EvidenceFile(kpiReturn.getId(),
                safeName.length() > 200 ? safeName.substring(0, 200) : safeName, type, content, clock.instant()));
        return new EvidenceSummary(saved.getId(), saved.getFilename(), saved.getContentType(), saved.getSizeBytes());
    }

    /** Takes a file off a return that can still be changed. */
    @Transactional
    public void removeEvidence(long contractId, int periodNumber, long fileId) {
        KpiReturn kpiReturn = openForReporter(contractId, periodNumber);
        kpiReturn.requireEditable();
        evidence.delete(fileOf(kpiReturn, fileId));
    }

    @Transactional(readOnly = true)
    public List<EvidenceSummary> evidence(long contractId, int periodNumber) {
        return evidence.summaries(returnOf(contractId, periodNumber).getId());
    }

    /** One evidence file with its bytes, for the supplier's users and the officer. */
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long contractId, int periodNumber, long fileId) {
        return fileOf(returnOf(contractId, periodNumber), fileId);
    }

    /** Saves what the supplier typed and submits it to the officer: every actual must be filled in. */
    @Transactional
    public KpiReturn submit(long contractId, int periodNumber, Long expectedVersion, ReturnEntry entry) {
        KpiReturn kpiReturn = save(contractId, periodNumber, expectedVersion, entry);
        for (ReturnLine line : kpiReturn.getLines()) {
            if (line.getActual() == null) {
                throw new FieldValidationException("actual-" + line.getKpiId(), "Enter the actual figure for this KPI");
            }
        }
        boolean afterQuery = kpiReturn.getStatus() == ReturnStatus.QUERIED;
        kpiReturn.submit(clock.instant());
        KpiReturn submitted = returns.saveAndFlush(kpiReturn);
        Contract contract = contracts.find(contractId);
        events.publishEvent(new ReturnSubmitted(contractId, contract.getTitle(), contract.getReference(), periodNumber,
                contract.getOfficerUserId(), afterQuery));
        return submitted;
    }

    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public void query(long contractId, int periodNumber, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new FieldValidationException("query", "Say what the supplier needs to explain or change");
        }
        checkedLength(comment, KpiReturn.TEXT_MAX_LENGTH, "query");
        KpiReturn kpiReturn = open(contractId, periodNumber);
        kpiReturn.query(comment.trim());
        events.publishEvent(new ReturnQueried(kpiReturn.getId(), contractId, contracts.find(contractId).getReference(), periodNumber,
                comment.trim(), contracts.reporterEmails(contractId)));
    }

    @Transactional
    @Secured({AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_ADMIN})
    public void accept(long contractId, int periodNumber, Grade grade, String explanation) {
        if (grade == null) {
            throw new FieldValidationException("grade", "Select the grade");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new FieldValidationException("explanation", "Explain the grade");
        }
        checkedLength(explanation, KpiReturn.TEXT_MAX_LENGTH, "explanation");
        open(contractId, periodNumber).accept(grade, explanation.trim());
    }

    /** Every return of a contract with its lines, for its page and report: two statements. */
    @Transactional(readOnly = true)
    public List<KpiReturn> ofContract(long contractId) {
        contracts.checkCanRead(contractId);
        List<KpiReturn> all = returns.findByContractId(contractId);
        all.forEach(r -> r.getLines().size());
        return all;
    }

    /** The daily run: a reminder a week before a return is due, and a notice the day after it is overdue. */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void sendReminders() {
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriod period : periods.unsubmittedDueBy(today.plusDays(DUE_SOON_DAYS))) {
            KpiReturn kpiReturn = returns.findByPeriodId(period.getId())
                    .orElseGet(() -> returns.save(new KpiReturn(period.getId(), period.getContractId())));
            boolean overdue = today.isAfter(period.getDueOn());
            if (overdue && !kpiReturn.isOverdueSent()) {
                kpiReturn.markOverdueSent();
                kpiReturn.markDueReminderSent();
                events.publishEvent(reminder(period, true));
            } else if (!overdue && !kpiReturn.isDueReminderSent()) {
                kpiReturn.markDueReminderSent();
                events.publishEvent(reminder(period, false));
            }
        }
    }

    private ReturnReminderDue reminder(ReportingPeriod period, boolean overdue) {
        Contract contract = contracts.find(period.getContractId());
        return new ReturnReminderDue(contract.getId(), contract.getTitle(), contract.getReference(), period.getNumber(),
                period.getDueOn(), overdue, contracts.reporterEmails(contract.getId()));
    }

    /** A return the signed-in reporter may change, at the version they saw (null: not started when they saw it). */
    private KpiReturn editable(long contractId, int periodNumber, Long expectedVersion) {
        Contract contract = contracts.find(contractId);
        contracts.requireReporter(contract);
        Long current = returns.findByPeriodId(periodOf(contract, periodNumber).getId()).map(KpiReturn::getVersion).orElse(null);
        if (!java.util.Objects.equals(current, expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(KpiReturn.class, contractId + "/" + periodNumber);
        }
        KpiReturn kpiReturn = open(contract, periodNumber);
        kpiReturn.requireEditable();
        return kpiReturn;
    }

    /** The return, for one of the people the officer named to report on the contract; anyone else is refused. */
    private KpiReturn openForReporter(long contractId, int periodNumber) {
        Contract contract = contracts.find(contractId);
        contracts.requireReporter(contract);
        return open(contract, periodNumber);
    }

    /** The period's return as it stands, without creating or refreshing it (for reads). */
    private KpiReturn returnOf(long contractId, int periodNumber) {
        ReportingPeriod period = periodOf(contracts.find(contractId), periodNumber);
        return returns.findByPeriodId(period.getId())
                .orElseThrow(() -> new FieldValidationException("", "Nothing has been returned for period " + periodNumber + " yet"));
    }

    private EvidenceFile fileOf(KpiReturn kpiReturn, long fileId) {
        return evidence.findById(fileId).filter(f -> f.getReturnId() == kpiReturn.getId())
                .orElseThrow(() -> new FieldValidationException("evidence", "This file is not part of the return"));
    }

    private BigDecimal recorded(MeasureSource source, Contract contract, ReportingPeriod period) {
        long supplierId = contract.getSupplierId();
        long contractId = contract.getId();
        LocalDate from = period.getStartsOn();
        LocalDate to = period.getEndsOn();
        return switch (source) {
            case NONE -> null;
            case HIRES -> BigDecimal.valueOf(placements.countHired(supplierId, contractId, from, to));
            case PLACEMENTS -> BigDecimal.valueOf(placements.countStarted(supplierId, contractId, from, to));
            case DELIVERY_HOURS -> offers.deliveriesBetween(supplierId, contractId, from, to).hours();
            case DELIVERIES -> BigDecimal.valueOf(offers.deliveriesBetween(supplierId, contractId, from, to).deliveries());
        };
    }

    private static ReportingPeriod periodOf(Contract contract, int number) {
        return contract.getPeriods().stream().filter(p -> p.getNumber() == number).findFirst()
                .orElseThrow(() -> new FieldValidationException("", "This contract has no period " + number));
    }

    /** Trimmed text, null when blank, refused when longer than the column holds. */
    private static String checkedLength(String text, int maxLength, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.trim().length() > maxLength) {
            throw new FieldValidationException(field, "Use " + maxLength + " characters or fewer");
        }
        return text.trim();
    }

    /** A supplier's text, which can describe young people: its length, and no personal data about them. */
    private static String checkedText(String text, int maxLength, String field) {
        return PersonalDataCheck.optionalFreeText(checkedLength(text, maxLength, field), field);
    }
}
