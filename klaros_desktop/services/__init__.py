"""Business rules as plain Python under the UI: no Qt here.

Services take a SQLAlchemy ``sessionmaker`` (and network clients) by injection. Database work is
synchronous (the UI runs it in an executor); network calls are async (httpx).
"""
