/** Offers of opportunities from employers, and what was delivered. */
package org.opendoors.offer;
