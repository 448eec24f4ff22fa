/** Employers' pledges: commitments, lifecycle and renewal. */
package org.opendoors.pledge;
