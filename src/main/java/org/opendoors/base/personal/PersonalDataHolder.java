package org.opendoors.base.personal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Implemented by each module for each kind of record it holds about people (contacts, user accounts, sign-ups…),
 * so that the privacy module can find, export and erase a person everywhere without knowing any module's tables.
 * A person is their e-mail address. Each module changes only its own tables, and their {@code _aud} copies.
 */
public interface PersonalDataHolder {

    /** What these records are, as people say it, e.g. "Contacts". */
    String kind();

    /** A name for files, e.g. "contacts". */
    default String fileName() {
        return kind().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @PreAuthorize("hasRole('ADMIN')")
    long count(PersonQuery query);

    @PreAuthorize("hasRole('ADMIN')")
    List<PersonMatch> find(PersonQuery query, int offset, int limit);

    /** Everything held about the person with this address: the records and their audit copies. */
    @PreAuthorize("hasRole('ADMIN') or (isAuthenticated() and #email.equalsIgnoreCase(authentication.name))")
    List<RecordSet> export(String email);

    /** Replaces (or deletes, where keeping them serves nothing) the person's details, in the audit copies too. */
    @PreAuthorize("hasRole('ADMIN')")
    Erased erase(String email);
}
