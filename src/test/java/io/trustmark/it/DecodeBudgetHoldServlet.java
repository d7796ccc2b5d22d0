package io.trustmark.it;

import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.domain.DecodeBudget;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only (UploadRefusalIT adds it to its own WAR, never to the shipped one): takes the application's whole
 * decode budget and gives it back on request, so that "the budget is spent" is a state the test sets rather
 * than a race it hopes to win against a large decode. {@code /it-budget/hold} takes it all and answers "held";
 * {@code /it-budget/release} gives it back and answers "released" and the bytes then free.
 */
@WebServlet("/it-budget/*")
public class DecodeBudgetHoldServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final AtomicReference<DecodeBudget.Permit> HELD = new AtomicReference<>();

    @Inject
    private transient DocumentIntake intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        var budget = intake.decodeBudget();
        if ("/hold".equals(request.getPathInfo())) {
            var permit = budget.reserve(budget.capacity());
            var before = HELD.getAndSet(permit);
            if (before != null) {
                before.close();
            }
            response.getWriter().print("held, " + budget.available() + " free");
        } else {
            var permit = HELD.getAndSet(null);
            if (permit != null) {
                permit.close();
            }
            response.getWriter().print("released, " + budget.available() + " free");
        }
    }
}
