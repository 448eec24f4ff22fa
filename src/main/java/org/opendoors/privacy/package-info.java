/**
 * Data protection: young people stay unidentifiable (pseudonymous references, free text checked for personal
 * data); people's subject access and erasure across every module, through the
 * {@link org.opendoors.base.personal.PersonalDataHolder} each module declares for its own records; personal data kept
 * only as long as the retention schedule says (the modules holding each kind implement
 * {@link org.opendoors.privacy.RetentionRule}); the public privacy notice. Other modules call its checks and implement
 * its rules; it depends on {@code base} and {@code security} only.
 */
package org.opendoors.privacy;
