/** Offers of opportunities from employers, the opportunities board, and what was delivered. */
package org.opendoors.offer;
