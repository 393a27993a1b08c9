package org.dinsos.sop.ide.contentassist;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.dinsos.sop.query.TimeUnit;
import org.dinsos.sop.resource.SopResourceDescriptionStrategy;
import org.dinsos.sop.services.SopGrammarAccess;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

/**
 * Completion for SOP files: keywords, whole-construct snippets (an SOP skeleton, a step, a decision, a
 * booklet's Keputusan),
 * the pelaksana at a step's actor, step numbers with their kegiatan at branch targets, time units,
 * and the SOPs of the workspace at keterkaitan and in a booklet.
 */
public class SopContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private SopGrammarAccess grammar;

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		if (keyword == grammar.getSopAccess().getSopKeyword_0()) {
			snippet("SOP baru", "sop ${1:NamaSop} \"${2:Judul SOP}\" {\n\tunit \"${3:Dinas Sosial Kota Metro}\"\n"
					+ "\tnomor \"${4:800/1/D-5/01/2024}\"\n\ttanggal pembuatan ${5:2024-01-01}\n"
					+ "\tdisahkan oleh \"${6:Kepala Dinas}\"\n\tpelaksana {\n\t\t${7:kadis} \"${8:Kepala Dinas}\"\n\t}\n"
					+ "\tprosedur {\n\t\t1 mulai ${7:kadis} \"${9:Kegiatan pertama}\"\n\t\t\twaktu ${10:10} menit\n"
					+ "\t\t2 selesai ${7:kadis} \"${11:Kegiatan terakhir}\"\n\t\t\twaktu ${12:10} menit\n\t}\n}\n",
					"Kerangka SOP: identitas, pelaksana dan prosedur", context, acceptor);
		} else if (keyword == grammar.getKeputusanKepalaAccess().getKeputusanKeyword_0()) {
			snippet("keputusan baru", "keputusan \"${1:Standar Operasional Prosedur Administrasi Pemerintahan di Lingkungan ...}\" {\n"
					+ "\tnomor \"${2:188.4/1/2024}\"\n\tditetapkan di \"${3:Metro}\" tanggal ${4:2024-01-02}\n"
					+ "\tditandatangani oleh \"${5:Kepala Dinas}\"\n\t\tnama \"${6}\"\n\t\tpangkat \"${7}\"\n\t\tnip \"${8}\"\n"
					+ "\tmenimbang {\n\t\t\"${9:bahwa ...;}\"\n\t}\n\tmengingat {\n\t\t\"${10:Peraturan ...;}\"\n\t}\n"
					+ "\tmemutuskan {\n\t\t\"${11:Standar Operasional Prosedur ... sebagaimana tercantum dalam Lampiran.}\"\n"
					+ "\t\t\"Keputusan ini mulai berlaku pada tanggal ditetapkan.\"\n\t}\n}",
					"Kerangka Keputusan: nomor, penetapan, penandatangan, menimbang, mengingat dan diktum", context, acceptor);
		}
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getProsesAccess().getNameAssignment_0()) {
			String nomor = nextNumber(context);
			snippet("langkah", nomor + " ${1:pelaksana} \"${2:Kegiatan}\"\n\tkelengkapan \"${3}\"\n\twaktu ${4:10} " + unitChoice(5)
					+ "\n\toutput \"${6}\"", "Langkah proses baru nomor " + nomor, context, acceptor);
		} else if (assignment == grammar.getKeputusanAccess().getNameAssignment_0()) {
			String nomor = nextNumber(context);
			snippet("keputusan", nomor + " keputusan ${1:pelaksana} \"${2:Memeriksa}\"\n\twaktu ${3:10} " + unitChoice(4)
					+ "\n\tya ke ${5}\n\ttidak ke ${6}",
					"Langkah keputusan baru nomor " + nomor + " dengan cabang Ya dan Tidak", context, acceptor);
		} else if (assignment == grammar.getWaktuAccess().getSatuanAssignment_1()) {
			for (TimeUnit satuan : TimeUnit.values()) {
				propose(satuan.word(), "satuan waktu", ContentAssistEntry.KIND_UNIT, TimeUnit.values().length - satuan.ordinal(),
						context, acceptor);
			}
		} else {
			super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EReference ref = GrammarUtil.getReference(reference);
		Sop sop = EcoreUtil2.getContainerOfType(model(context), Sop.class);
		if (ref == SopPackage.Literals.LANGKAH__PELAKSANA) {
			if (sop != null) {
				List<Pelaksana> lanes = sop.getPelaksana();
				for (int i = 0; i < lanes.size(); i++) {
					propose(lanes.get(i).getName(), lanes.get(i).getLabel(), ContentAssistEntry.KIND_VARIABLE, lanes.size() - i,
							context, acceptor);
				}
			}
		} else if (ref == SopPackage.Literals.KEPUTUSAN__YA || ref == SopPackage.Literals.KEPUTUSAN__TIDAK
				|| ref == SopPackage.Literals.PROSES__LANJUT) {
			if (sop != null) {
				List<Langkah> steps = sop.getLangkah();
				for (int i = 0; i < steps.size(); i++) {
					propose(steps.get(i).getName(), steps.get(i).getKegiatan(), ContentAssistEntry.KIND_REFERENCE, steps.size() - i,
							context, acceptor);
				}
			}
		} else if (ref == SopPackage.Literals.KETERKAITAN__SOP || ref == SopPackage.Literals.BUKU__ISI) {
			for (IEObjectDescription other : getScopeProvider().getScope(model(context), ref).getAllElements()) {
				String name = getQualifiedNameConverter().toString(other.getName());
				if (sop == null || !name.equals(sop.getName())) {
					String nomor = other.getUserData(SopResourceDescriptionStrategy.NOMOR);
					propose(name, nomor == null ? "SOP" : "SOP nomor " + nomor, ContentAssistEntry.KIND_MODULE, 0, context, acceptor);
				}
			}
		} else {
			super._createProposals(reference, context, acceptor);
		}
	}

	private static EObject model(ContentAssistContext context) {
		return context.getCurrentModel() != null ? context.getCurrentModel() : context.getRootModel();
	}

	/** One more than the highest step number of the SOP being edited. */
	private static String nextNumber(ContentAssistContext context) {
		Sop sop = EcoreUtil2.getContainerOfType(model(context), Sop.class);
		int highest = sop == null ? 0 : sop.getLangkah().stream().map(Langkah::getName).filter(n -> n != null && n.matches("\\d+"))
				.mapToInt(Integer::parseInt).max().orElse(0);
		return Integer.toString(highest + 1);
	}

	/** A snippet choice of every time unit at the given tab stop. */
	private static String unitChoice(int tabStop) {
		return "${" + tabStop + "|" + Arrays.stream(TimeUnit.values()).map(TimeUnit::word).collect(Collectors.joining(",")) + "|}";
	}

	/** A proposal ranked above keywords; a higher rank comes first, so that lists keep the file's order. */
	private void propose(String proposal, String description, String kind, int rank, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, kind, e -> e.setDescription(description));
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 100 + rank);
		}
	}

	private void snippet(String label, String body, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(context.getPrefix());
		entry.setProposal(body);
		entry.setLabel(label);
		entry.setDescription(description);
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
	}
}
