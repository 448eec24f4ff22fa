/** The CRM: organisations, contacts, activities and check-ins. */
package org.opendoors.organisation;
