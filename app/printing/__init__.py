"""ReportLab documents: bytes in, bytes out, no Qt."""
