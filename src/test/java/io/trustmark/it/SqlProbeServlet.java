package io.trustmark.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;

/**
 * Test-only (MemberRightsIT adds it to its own WAR, never to the shipped one): the database as someone with the
 * application's database role sees it. H2 runs in memory inside the server, so a test that must read every table
 * or change a row behind the application can only do it from in here. {@code /it-sql/dump} prints every value of
 * every table; {@code /it-sql/exec?sql=} runs one statement and prints "ok" or "refused: " and the error.
 */
@WebServlet("/it-sql/*")
public class SqlProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:app/jdbc/trustmark")
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        var out = new StringBuilder();
        try (var db = dataSource.getConnection()) {
            if ("/exec".equals(request.getPathInfo())) {
                try (var statement = db.createStatement()) {
                    int count = statement.executeUpdate(request.getParameter("sql"));
                    out.append("ok ").append(count);
                } catch (SQLException refused) {
                    out.append("refused: ").append(refused.getMessage());
                }
            } else {
                var tables = new ArrayList<String>();
                try (var result = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                    while (result.next()) {
                        var schema = result.getString("TABLE_SCHEM");
                        if (schema != null && schema.equalsIgnoreCase("public")) {
                            tables.add(result.getString("TABLE_NAME"));
                        }
                    }
                }
                for (var table : tables) {
                    out.append("## ").append(table).append('\n');
                    try (var statement = db.createStatement();
                            var rows = statement.executeQuery("SELECT * FROM " + table)) {
                        var columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                var value = rows.getObject(c);
                                out.append(
                                                value instanceof byte[] bytes
                                                        ? new String(bytes, StandardCharsets.ISO_8859_1)
                                                        : String.valueOf(value))
                                        .append('\t');
                            }
                            out.append('\n');
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.getWriter().write(out.toString());
    }
}
