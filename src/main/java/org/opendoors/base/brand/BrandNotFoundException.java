package org.opendoors.base.brand;

/** The brand pack named by {@code OPEN_DOORS_BRAND} is missing or incomplete. */
public class BrandNotFoundException extends RuntimeException {

    BrandNotFoundException(String message) {
        super(message);
    }
}
