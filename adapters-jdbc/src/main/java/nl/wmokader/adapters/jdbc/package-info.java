/**
 * The persistence ports of the core on plain JDBC over a {@link javax.sql.DataSource}: one class
 * per port, SQL in the class, optimistic locking by a {@code version} column, the same SQL on H2
 * (PostgreSQL mode) and PostgreSQL. {@link nl.wmokader.adapters.jdbc.WmoKaderSchema} migrates the
 * schema with Flyway. Tables are prefixed {@code wmo_} so the schema can live beside an
 * embedder's own.
 */
package nl.wmokader.adapters.jdbc;
