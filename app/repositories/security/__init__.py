"""Security's queries: staff accounts for the administration window, the login state of
one account, explicit audit events (logins) and the audit viewer's paged reading."""

from app.repositories.security.accounts import AccountRepository, StaffRow
from app.repositories.security.audit_log import AuditFilter, AuditLogRepository, AuditRow

__all__ = ["AccountRepository", "AuditFilter", "AuditLogRepository", "AuditRow", "StaffRow"]
