package org.opendoors.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A person at an organisation the council talks to. */
@Entity
@Table(name = "contact")
@Audited
public class Contact extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 100;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "job_title", length = 100)
    private String jobTitle;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    protected Contact() {
    }

    Contact(long organisationId, String name, String jobTitle, String email, String phone) {
        this.organisationId = organisationId;
        this.name = name;
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
    }

    void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
