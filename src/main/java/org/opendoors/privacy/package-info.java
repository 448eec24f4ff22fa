/**
 * Data protection: young people stay unidentifiable (pseudonymous references, free text checked for personal
 * data), and people's subject access and erasure across every module, through the
 * {@link org.opendoors.base.personal.PersonalDataHolder} each module declares for its own records. Other modules
 * call its checks; it depends on {@code base} and {@code security} only.
 */
package org.opendoors.privacy;
