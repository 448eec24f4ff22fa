/**
 * Tagging a delivery or a placement to the supplier's contract it counts towards. The offer and brokerage forms own
 * this port and social value implements it: social value already reads offers and placements for its returns, so it
 * is the side that may depend on the other.
 */
@org.springframework.modulith.NamedInterface("contracts")
package org.opendoors.offer.contracts;
