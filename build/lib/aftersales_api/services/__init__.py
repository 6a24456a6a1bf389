"""The service layer: one function per use case, one transaction each, committed
before the HTTP response is built."""
