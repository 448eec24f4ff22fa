package org.opendoors.event;

/** What someone gives when signing up. */
public record SignupDetails(String name, String organisationName, String email, String dietaryNeeds, String accessNeeds,
                            String extraAnswer, boolean consent) {
}
