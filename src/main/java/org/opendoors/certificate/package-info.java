/**
 * Pledge certificates: issued as a PDF when a pledge is approved or renewed, revoked when it ends, and
 * checkable by anyone at {@code /verify/<code>}.
 */
package org.opendoors.certificate;
