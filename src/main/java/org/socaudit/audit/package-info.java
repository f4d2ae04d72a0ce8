/** Pure internal audit evaluation: scope proposals, area ratings, policy concerns and variances; imports only java.* and the model. */
package org.socaudit.audit;
