/**
 * Brokerage: advisers' requests for a place, the engagement team's asks to employers (answered by e-mail
 * link or in the portal), placements and their sustainment checks. Young people are only ever a
 * pseudonymous reference, an age band and an area.
 */
package org.opendoors.brokerage;
