package org.dinsos.sop.validation;

/** The rules of the SOP AP format beyond syntax and linking: one small @Check method per rule. */
public class SopValidator extends AbstractSopValidator {
}
