/** Contracts with social value commitments ringfenced for care leavers. */
package org.opendoors.socialvalue;
