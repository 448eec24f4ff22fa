package org.opendoors.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** The council's case-reference format: a regular expression and an example that matches it. At most one row. */
@Entity
@Table(name = "case_reference_format")
@Audited
public class CaseReferenceFormat extends AbstractEntity {

    public static final int PATTERN_MAX_LENGTH = 200;

    @Column(name = "pattern", nullable = false, length = PATTERN_MAX_LENGTH)
    private String pattern;

    @Column(name = "example", nullable = false, length = YoungPersonReferences.MAX_LENGTH)
    private String example;

    protected CaseReferenceFormat() {
    }

    CaseReferenceFormat(String pattern, String example) {
        change(pattern, example);
    }

    public String getPattern() {
        return pattern;
    }

    public String getExample() {
        return example;
    }

    void change(String pattern, String example) {
        this.pattern = pattern;
        this.example = example;
    }
}
