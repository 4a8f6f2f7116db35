"""ReportLab documents: values in, PDF bytes out. No Qt, no SQL."""
