package org.dinsos.sop.ui.outline;

import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.eclipse.xtext.ui.editor.outline.IOutlineNode;
import org.eclipse.xtext.ui.editor.outline.impl.DefaultOutlineTreeProvider;
import org.eclipse.xtext.ui.editor.outline.impl.DocumentRootNode;

/**
 * The outline of an SOP as its flowchart reads: the SOP, its pelaksana (the lanes, in column order), then its
 * steps in row order, each a leaf with the symbol of its kind. A booklet shows the SOPs it binds.
 */
public class SopOutlineTreeProvider extends DefaultOutlineTreeProvider {

	protected void _createChildren(DocumentRootNode parent, Sop sop) {
		createNode(parent, sop);
	}

	protected void _createChildren(IOutlineNode parent, Sop sop) {
		for (Pelaksana pelaksana : sop.getPelaksana()) {
			createNode(parent, pelaksana);
		}
		for (Langkah langkah : sop.getLangkah()) {
			createNode(parent, langkah);
		}
	}

	protected void _createChildren(IOutlineNode parent, Buku buku) {
		// The bound SOPs are references, not children: the booklet node is a leaf.
	}

	protected boolean _isLeaf(Pelaksana pelaksana) {
		return true;
	}

	protected boolean _isLeaf(Langkah langkah) {
		return true;
	}

	protected boolean _isLeaf(Buku buku) {
		return true;
	}
}
