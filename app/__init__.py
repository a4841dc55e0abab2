"""HeatDesk: the customer-service workstation of a heating company's hotline."""

__version__ = "0.1.0"
