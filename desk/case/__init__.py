"""The case file: policy, evidence, the state machine, warnings, the audit log, the brief."""
