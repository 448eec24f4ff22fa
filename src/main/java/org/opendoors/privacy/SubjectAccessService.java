package org.opendoors.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.csv.CsvWriter;
import org.opendoors.base.personal.Erased;
import org.opendoors.base.personal.PersonMatch;
import org.opendoors.base.personal.PersonQuery;
import org.opendoors.base.personal.PersonalDataHolder;
import org.opendoors.base.personal.RecordSet;
import org.opendoors.security.AccountPrincipal;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access and erasure (UK GDPR Articles 15 and 17) across every module that holds personal data, each
 * through its {@link PersonalDataHolder}. A person is their e-mail address; a search by name finds the addresses.
 */
@Service
public class SubjectAccessService {

    /** How many records of a kind matched a search. */
    public record KindCount(String kind, long count) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<PersonalDataHolder> holders;
    private final PersonErasureRepository erasures;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubjectAccessService(List<PersonalDataHolder> holders, PersonErasureRepository erasures, CurrentUser currentUser,
                         Clock clock) {
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::kind)).toList();
        this.erasures = erasures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many records of each kind match, every kind listed. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public List<KindCount> count(PersonQuery query) {
        return holders.stream().map(holder -> new KindCount(holder.kind(), holder.count(query))).toList();
    }

    /** A page of the records of one kind that match. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public List<PersonMatch> find(String kind, PersonQuery query, int offset, int limit) {
        return holder(kind).find(query, offset, limit);
    }

    /** Everything held about the person with this address, as a ZIP of a CSV and a JSON file per kind of record. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public void export(String email, OutputStream out) {
        writeZip(PersonQuery.byEmail(email).email(), out);
    }

    /** The signed-in user's own data, found by their account's e-mail address. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void exportMine(OutputStream out) {
        writeZip(currentUser.require().email(), out);
    }

    /**
     * Replaces the person's details everywhere, audit copies included, and deletes e-mails to them; records and
     * counts stay. Records who erased, when, and how many records of each kind, and nothing of the person.
     */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public PersonErasure erase(String email) {
        AccountPrincipal me = currentUser.require();
        String address = PersonQuery.byEmail(email).email();
        if (address.equalsIgnoreCase(me.email())) {
            throw new FieldValidationException("email", "You cannot erase yourself: ask another administrator");
        }
        List<PersonErasure.KindErased> kinds = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            Erased erased = holder.erase(address);
            kinds.add(new PersonErasure.KindErased(holder.kind(), erased.records(), erased.historyRows()));
        }
        return erasures.save(new PersonErasure(clock.instant(), me.id(), kinds));
    }

    private PersonalDataHolder holder(String kind) {
        return holders.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No kind of record called " + kind));
    }

    private void writeZip(String email, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (PersonalDataHolder holder : holders) {
                for (RecordSet records : holder.export(email)) {
                    zip.putNextEntry(new ZipEntry(records.name() + ".csv"));
                    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream(); // the writer closes its stream
                    CsvWriter.table(csv, records.columns(), records.rows());
                    zip.write(csv.toByteArray());
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(records.name() + ".json"));
                    zip.write(JSON.writeValueAsBytes(asObjects(records)));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> asObjects(RecordSet records) {
        return records.rows().stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                object.put(records.columns().get(i), row.get(i));
            }
            return object;
        }).toList();
    }
}
