package se.utfall.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.utfall.concurrent.InParallel;
import se.utfall.contract.Contract;
import se.utfall.engine.PreparedContract;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;

/** Pins a contract's files in the ledger (sign) and records agreed changes to them (amend). */
public final class Signing {
    private final Ledger ledger;
    private final ClauseLibrary library;

    public Signing(Ledger ledger, ClauseLibrary library) {
        this.ledger = ledger;
        this.library = library;
    }

    /** Signs the contract as its files are now; signing again with the same files changes nothing. */
    public String sign(Path contractPath, String reason) {
        Contract contract = PreparedContract.prepare(contractPath, library).contract();
        SourceManifest manifest = SourceManifest.of(contract, library);
        return ledger.write(c -> signIn(c, contract, manifest, reason, new HashSet<>()));
    }

    /** Contracts read, checked and compiled, with their files hashed: ready to be signed at once. */
    public record Prepared(List<Contract> contracts, List<SourceManifest> manifests) {
    }

    /**
     * The first half of {@link #signAll}: reads every contract as {@link #sign} does (compiling its
     * rules, once per distinct rule set) and hashes its files (a file's hash is computed once while it
     * is unchanged, see {@link SourceManifest}), on {@code threads} threads, writing nothing.
     */
    public Prepared prepareAll(List<Path> contractPaths, int threads) {
        List<Contract> contracts = InParallel.map(contractPaths, threads,
                p -> PreparedContract.prepare(p, library).contract());
        // Files the contracts share (their families') are listed, looked up and hashed once for the run.
        SourceManifest.Shared shared = new SourceManifest.Shared();
        List<SourceManifest> manifests = InParallel.map(contracts, threads, c -> SourceManifest.of(c, library, shared));
        return new Prepared(List.copyOf(contracts), List.copyOf(manifests));
    }

    /**
     * Signs many contracts, as {@link #sign} does each, in ONE transaction: all are signed or none.
     * Each shared family file's text is looked up and stored once for the whole run instead of once
     * per contract; every contract is still checked against the ledger and gets its own sealed
     * signature row. Returns what {@link #sign} says for each, in the given order.
     */
    public List<String> signAll(Prepared prepared, String reason) {
        return ledger.write(c -> {
            Set<String> stored = new HashSet<>();
            // One query for the portfolio instead of a dozen per contract: the contracts the ledger holds
            // any row of. A contract with none has nothing to check and no signing; the ledger-wide checks
            // (the key record, the signings sealed before the key) run with the first contract's check.
            Set<String> known = known(c);
            List<String> said = new ArrayList<>();
            for (int i = 0; i < prepared.contracts().size(); i++) {
                Contract contract = prepared.contracts().get(i);
                boolean check = i == 0 || known.contains(contract.id());
                said.add(signIn(c, contract, prepared.manifests().get(i), reason, stored, check));
                // Now it has rows: a second folder with the same id in this portfolio is checked against them.
                known.add(contract.id());
            }
            return said;
        });
    }

    /**
     * Every contract id the ledger holds a row of (a signing, a pinned file, a run, a rerun check), read
     * inside the signing's transaction; decision lines and payments belong to runs, and a contract's
     * check finds them through its runs.
     */
    private static Set<String> known(Connection c) throws SQLException {
        Set<String> known = new HashSet<>();
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT contract_id FROM signatures UNION"
                + " SELECT contract_id FROM signature_files UNION SELECT contract_id FROM runs UNION"
                + " SELECT contract_id FROM run_checks"); java.sql.ResultSet r = s.executeQuery()) {
            while (r.next()) {
                known.add(r.getString(1));
            }
        }
        return known;
    }

    private String signIn(Connection c, Contract contract, SourceManifest manifest, String reason,
                          Set<String> stored) throws SQLException {
        return signIn(c, contract, manifest, reason, stored, true);
    }

    /** {@code inLedger}: false only when the ledger holds no row of this contract (so nothing to check or read). */
    private String signIn(Connection c, Contract contract, SourceManifest manifest, String reason,
                          Set<String> stored, boolean inLedger) throws SQLException {
        List<Signature> signed = List.of();
        if (inLedger) {
            // A signing whose rows were deleted must not be signed afresh with other files.
            LedgerVerifier.checkContract(c, ledger, contract.id());
            signed = Signatures.of(c, contract.id());
        }
        if (!signed.isEmpty()) {
            Signature latest = signed.get(signed.size() - 1);
            if (latest.manifest().hash().equals(manifest.hash())) {
                return "Contract " + contract.id() + " is already signed with these files (" + latest.kind()
                        .toLowerCase() + " " + latest.recordedAt() + "); nothing to do.";
            }
            String signedFrom = Signatures.signedFrom(c, contract.id());
            if (signedFrom != null && !signedFrom.equals(Signatures.shown(contract.folder()))) {
                throw BadInput.of(contract.file(), 0, LedgerSettler.otherFolder(contract, signedFrom));
            }
            throw BadInput.of(contract.file(), 0, "contract " + contract.id() + " is already signed ("
                    + signed.get(0).recordedAt() + ") and its files have changed since: "
                    + String.join("; ", manifest.changesSince(latest.manifest())) + ". Record the change with"
                    + " ./utfall amend " + Locations.display(contract.folder()) + " --effective YEAR --reason TEXT.");
        }
        Signatures.record(c, ledger.seal(), contract.id(), 1, Signature.SIGNED, contract.firstYear(), reason, manifest,
                contract.folder(), stored);
        return "Signed " + contract.id() + ": " + manifest.files().size() + " files pinned, in force from "
                + contract.firstYear() + ".\n" + listing(manifest);
    }

    /** Records the contract's current files as an amendment in force from a year on. */
    public String amend(Path contractPath, int effectiveYear, String reason) {
        Contract contract = PreparedContract.prepare(contractPath, library).contract();
        checkAmendment(contract, effectiveYear, reason);
        SourceManifest manifest = SourceManifest.of(contract, library);
        return ledger.write(c -> {
            LedgerVerifier.checkContract(c, ledger, contract.id());
            List<Signature> signed = Signatures.of(c, contract.id());
            checkAmendable(contract, manifest, signed);
            Signature latest = signed.get(signed.size() - 1);
            List<String> changes = manifest.changesSince(latest.manifest());
            Signature s = Signatures.record(c, ledger.seal(), contract.id(), latest.seq() + 1, Signature.AMENDED, effectiveYear,
                    reason.strip(), manifest, contract.folder());
            return "Amendment " + (s.seq() - 1) + " of " + contract.id() + " recorded, in force from " + effectiveYear
                    + ": " + String.join("; ", changes) + ".\nYears before " + effectiveYear
                    + " are settled with the earlier terms; settle again to pay the difference.";
        });
    }

    /** An amendment's year and reason, checked before the ledger is read (amend and its what-if). */
    static void checkAmendment(Contract contract, int effectiveYear, String reason) {
        if (effectiveYear < contract.firstYear() || effectiveYear > contract.lastYear()) {
            throw BadInput.of(contract.file(), 0, "--effective " + effectiveYear + " is outside the period of "
                    + contract.id() + " (" + contract.firstYear() + "–" + contract.lastYear()
                    + "); an amendment takes effect in a contract year.");
        }
        if (reason == null || reason.isBlank()) {
            throw BadInput.of(contract.file(), 0, "an amendment needs a reason: --reason \"the committee's decision\".");
        }
    }

    /** There must be a signing to amend, and files that differ from it. */
    static void checkAmendable(Contract contract, SourceManifest manifest, List<Signature> signed) {
        if (signed.isEmpty()) {
            throw BadInput.of(contract.file(), 0, "contract " + contract.id() + " is not signed yet, so there is"
                    + " nothing to amend; sign it first with ./utfall sign " + Locations.display(contract.folder())
                    + " (or settle it once).");
        }
        if (manifest.changesSince(signed.get(signed.size() - 1).manifest()).isEmpty()) {
            throw BadInput.of(contract.file(), 0, "none of the signed files of " + contract.id() + " has changed;"
                    + " edit the contract or its rules first, then record the amendment.");
        }
    }

    private static String listing(SourceManifest manifest) {
        StringBuilder out = new StringBuilder();
        manifest.files().values().forEach(f -> out.append("  ").append(Hashes.shortly(f.hash())).append("  ")
                .append(f.name()).append('\n'));
        return out.toString().stripTrailing();
    }
}
