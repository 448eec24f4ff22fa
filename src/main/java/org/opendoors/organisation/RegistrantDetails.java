package org.opendoors.organisation;

/** The person registering an organisation. */
public record RegistrantDetails(String name, String jobTitle, String email, String phone) {
}
