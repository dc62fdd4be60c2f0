"""Huashu (话术助手): a quick-reply assistant for customer-service agents."""

__version__ = "0.1.0"
