"""Importing helpdesk exports: one module per format, a registry that sniffs, one loader."""
