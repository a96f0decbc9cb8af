/**
 * Employment: hiring a candidate, the employee file (nationality, CPR number, ID, work permit, bank
 * account, absence, timesheets, screening, criminal record extract), field-level access per role,
 * the payroll export and disclosures to authorities, pension companies and employers' associations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employment")
package dk.tillid.employment;
